export async function load(path) {
  const res = await fetch(`https://api.azure.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Ocp-Apim-Subscription-Key': '73dfa8d21d60a3957e5f2c90d2253218',
    },
  });
  return res.json();
}
