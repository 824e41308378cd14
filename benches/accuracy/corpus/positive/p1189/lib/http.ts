export async function load(path) {
  const res = await fetch(`https://api.axiom.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer xaat-fb2dbe39-96d0-4035-9222-e94552305a1b',
    },
  });
  return res.json();
}
