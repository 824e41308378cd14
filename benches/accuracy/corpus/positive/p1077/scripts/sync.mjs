export async function load(path) {
  const res = await fetch(`https://api.paystack.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer sk_live_20fb6f9226847e986494492e5dc4d551cfe4c470',
    },
  });
  return res.json();
}
