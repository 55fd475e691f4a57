// The hand-written pages' one helper: POST JSON, read JSON, fail on a non-2xx reply.
export async function postJson(path, body) {
  const reply = await fetch(path, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json' },
    body: JSON.stringify(body),
  });
  if (!reply.ok) throw new Error(`${path} answered ${reply.status}`);
  return reply.json();
}
