/**
 * The harness's stand-in for the preload, as a classic script the page loads before its own module:
 * one frozen `window.elshi` with a function per contract method (posted to the harness, which runs
 * main's handler through the contract's validation) and a subscribe function per event (fed by
 * server-sent events). Calls wait for the event stream to open, so no push a call causes is missed.
 */
import { contractEvents, eventChannelOf, methods, subscriberName } from '../../src/shared/contract'

export const BRIDGE_PATH = '/__elshi/bridge.js'
export const INVOKE_PATH = '/__elshi/invoke'
export const EVENTS_PATH = '/__elshi/events'

export function bridgeScript(): string {
  const config = {
    methods,
    events: contractEvents.map((event) => ({ name: subscriberName(event), channel: eventChannelOf(event) })),
    invokePath: INVOKE_PATH,
    eventsPath: EVENTS_PATH
  }
  return `'use strict';
(() => {
  const config = ${JSON.stringify(config)};
  const listeners = new Map(config.events.map((e) => [e.channel, new Set()]));
  const source = new EventSource(config.eventsPath);
  const opened = new Promise((resolve) => source.addEventListener('open', resolve, { once: true }));
  source.onmessage = (message) => {
    const { channel, payload } = JSON.parse(message.data);
    for (const listener of listeners.get(channel) ?? []) listener(payload);
  };
  const invoke = async (method, args) => {
    try {
      await opened;
      const response = await fetch(config.invokePath, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ method, args })
      });
      return await response.json();
    } catch (error) {
      return { ok: false, error: { code: 'internal', message: 'The harness did not answer: ' + error } };
    }
  };
  const subscribe = (channel) => (listener) => {
    listeners.get(channel).add(listener);
    return () => void listeners.get(channel).delete(listener);
  };
  const api = {};
  for (const name of config.methods) api[name] = (...args) => invoke(name, args);
  for (const event of config.events) api[event.name] = subscribe(event.channel);
  Object.defineProperty(window, 'elshi', { value: Object.freeze(api) });
})();
`
}

/** The built index.html with the bridge loaded first (same origin, so the CSP's script-src 'self' allows it). */
export function withBridge(indexHtml: string): string {
  const tag = `<script src="${BRIDGE_PATH}"></script>`
  const at = indexHtml.search(/<script\b/i)
  return at >= 0
    ? `${indexHtml.slice(0, at)}${tag}\n    ${indexHtml.slice(at)}`
    : indexHtml.replace('</head>', `${tag}</head>`)
}
