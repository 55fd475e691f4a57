// One browser's worth of HTTP state for the server bench: a cookie jar (name=value pairs, no
// attributes honoured beyond replacing by name) and the page's Origin header on every POST.
export function createJarClient(origin) {
  const cookies = new Map();
  return async function post(path, body) {
    const headers = { 'Content-Type': 'application/json', Origin: origin };
    if (cookies.size) headers.Cookie = [...cookies].map(([k, v]) => `${k}=${v}`).join('; ');
    const reply = await fetch(origin + path, { method: 'POST', headers, body: JSON.stringify(body), redirect: 'manual' });
    for (const line of reply.headers.getSetCookie()) {
      const [pair] = line.split(';');
      const at = pair.indexOf('=');
      if (at > 0) cookies.set(pair.slice(0, at).trim(), pair.slice(at + 1).trim());
    }
    const text = await reply.text();
    if (!reply.ok) throw new Error(`${path} answered ${reply.status}: ${text.slice(0, 120)}`);
    return text ? JSON.parse(text) : undefined;
  };
}
