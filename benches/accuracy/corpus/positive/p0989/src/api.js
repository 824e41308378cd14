export async function load(path) {
  const res = await fetch(`https://api.webflow.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 0c971143512b20972728b671c967021fe0f5b84f728caf555d250c295d5e8f88',
    },
  });
  return res.json();
}
