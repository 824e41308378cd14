export async function load(path) {
  const res = await fetch(`https://api.hubspot.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer pat-na1-00e41193-3b47-44e2-8842-2215d60037f0',
    },
  });
  return res.json();
}
