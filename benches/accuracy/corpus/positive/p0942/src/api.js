export async function load(path) {
  const res = await fetch(`https://api.datocms.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer dc95fb385de71af0bdbfc0756d8711',
    },
  });
  return res.json();
}
