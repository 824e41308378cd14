export async function load(path) {
  const res = await fetch(`https://api.squarespace.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer e3063124-bf9c-406d-8b4a-8e5f9bf00489',
    },
  });
  return res.json();
}
