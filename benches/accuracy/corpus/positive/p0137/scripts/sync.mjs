export async function load(path) {
  const res = await fetch(`https://api.witai.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer D3JTQV5JPUSWNN3YVPT2GK7NZPS12I86',
    },
  });
  return res.json();
}
