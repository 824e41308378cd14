export async function load(path) {
  const res = await fetch(`https://api.unleash.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': '*:production.784ea6ba6f06a2052c0b80dddf23183f4b9caff3b7cfdf37c450974a3cfc6476',
    },
  });
  return res.json();
}
