export async function load(path) {
  const res = await fetch(`https://api.jotform.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'APIKEY': '7cb5f0206b644977d73e5346d1b2d8dd',
    },
  });
  return res.json();
}
