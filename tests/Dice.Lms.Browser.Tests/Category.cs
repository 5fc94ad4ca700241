// Every test here drives a real Chromium: `scripts/test.sh --fast` leaves them out.
[assembly: Category(Needs.Browser)]
