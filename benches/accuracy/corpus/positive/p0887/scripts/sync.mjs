export async function load(path) {
  const res = await fetch(`https://api.hubspot.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer pat-na1-664c1d1e-d7db-4561-b4d0-aa9e5ac0422c',
    },
  });
  return res.json();
}
