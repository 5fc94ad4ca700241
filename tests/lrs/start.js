// Starts Learning Locker's xAPI statement service (npm xapi-statements) for the tests, on 127.0.0.1 only: the service
// itself listens on every interface, so listen() is given the loopback address before it loads.
const http = require('http');
const listen = http.Server.prototype.listen;
http.Server.prototype.listen = function (port, ...rest) {
  return listen.call(this, port, '127.0.0.1', ...rest.filter((a) => typeof a === 'function'));
};
require('xapi-statements/dist/index.js');
