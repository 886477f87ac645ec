// Preload for the offline test: every way Node reaches a network fails loudly and is recorded.
import net from 'node:net'
import tls from 'node:tls'
import http from 'node:http'
import https from 'node:https'
import dns from 'node:dns'
import dgram from 'node:dgram'

const attempts = []
function forbid(owner, name, label) {
  const original = owner[name]
  if (typeof original !== 'function') return
  owner[name] = function () {
    attempts.push(label)
    throw new Error(`network access attempted: ${label}`)
  }
}
forbid(net, 'connect', 'net.connect')
forbid(net, 'createConnection', 'net.createConnection')
forbid(net.Socket.prototype, 'connect', 'net.Socket#connect')
forbid(net, 'createServer', 'net.createServer')
forbid(tls, 'connect', 'tls.connect')
for (const module of [http, https]) {
  forbid(module, 'request', 'http(s).request')
  forbid(module, 'get', 'http(s).get')
  forbid(module, 'createServer', 'http(s).createServer')
}
for (const name of ['lookup', 'resolve', 'resolve4', 'resolve6', 'resolveAny', 'reverse']) {
  forbid(dns, name, `dns.${name}`)
  forbid(dns.promises, name, `dns.promises.${name}`)
}
forbid(dgram, 'createSocket', 'dgram.createSocket')
forbid(globalThis, 'fetch', 'fetch')
if (globalThis.WebSocket) forbid(globalThis, 'WebSocket', 'WebSocket')
if (globalThis.EventSource) forbid(globalThis, 'EventSource', 'EventSource')

process.on('exit', () => {
  if (attempts.length > 0) {
    process.stderr.write(`network access attempted: ${attempts.join(', ')}\n`)
    process.exitCode = 3
  }
})
