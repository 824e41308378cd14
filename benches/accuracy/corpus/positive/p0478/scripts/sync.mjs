export async function load(path) {
  const res = await fetch(`https://api.sourcegraph.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'token sgp_270d63f307106289_c928ac1d48644ad30f3ccab3383a11a6f3079d5f',
    },
  });
  return res.json();
}
