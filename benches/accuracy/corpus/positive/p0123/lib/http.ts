export async function load(path) {
  const res = await fetch(`https://api.baseten.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Api-Key MXTIG9zj.ZCsVB8JoAEgIO2eqaAf03R0ecc6DD6wX',
    },
  });
  return res.json();
}
