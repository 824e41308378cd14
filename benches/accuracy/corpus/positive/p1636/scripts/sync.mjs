export async function load(path) {
  const res = await fetch(`https://api.generic.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-API-Key': '8ul8gZmmmpKNd2MXZZQXFulV61qdoJFK',
    },
  });
  return res.json();
}
