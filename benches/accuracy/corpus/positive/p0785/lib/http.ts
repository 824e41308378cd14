export async function load(path) {
  const res = await fetch(`https://api.klaviyo.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Klaviyo-API-Key pk_27ec67c59d9ff61f909fbcf965e1c4a442',
    },
  });
  return res.json();
}
