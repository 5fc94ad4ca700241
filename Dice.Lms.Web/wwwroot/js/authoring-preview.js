// Live preview for the module editor. The Preview button does the same without JavaScript; this only saves the
// click. The server renders and sanitises the preview exactly as published lessons, and checks the antiforgery token.
(function () {
    'use strict';
    var form = document.querySelector('form[data-preview-url]');
    var target = document.getElementById('live-preview');
    if (!form || !target || !window.fetch || !window.FormData) {
        return;
    }

    var text = form.querySelector('textarea[name="Text"]');
    var timer = null;
    var running = null;

    function refresh() {
        var data = new FormData();
        data.append('Language', form.querySelector('input[name="Language"]').value);
        data.append('Text', text.value);
        data.append('__RequestVerificationToken', form.querySelector('input[name="__RequestVerificationToken"]').value);
        if (running && running.abort) {
            running.abort();
        }

        running = window.AbortController ? new AbortController() : null;
        fetch(form.getAttribute('data-preview-url'), {
            method: 'POST',
            body: data,
            credentials: 'same-origin',
            signal: running ? running.signal : undefined
        }).then(function (response) {
            return response.ok ? response.text() : null;
        }).then(function (html) {
            if (html !== null) {
                target.innerHTML = html;
            }
        }).catch(function () {
            // A failed preview leaves the last one; the Preview button still works.
        });
    }

    text.addEventListener('input', function () {
        window.clearTimeout(timer);
        timer = window.setTimeout(refresh, 600);
    });
})();
