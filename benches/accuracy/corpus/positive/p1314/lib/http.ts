export async function load(path) {
  const res = await fetch(`https://api.opensea.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-API-KEY': '3900eac1c1c1a86821afb0b669e0c292',
    },
  });
  return res.json();
}
