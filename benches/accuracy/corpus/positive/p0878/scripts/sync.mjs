export async function load(path) {
  const res = await fetch(`https://api.coda.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 0690131b-566e-41ac-a705-86f3ca09b0cc',
    },
  });
  return res.json();
}
