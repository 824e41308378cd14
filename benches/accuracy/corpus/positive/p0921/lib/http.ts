export async function load(path) {
  const res = await fetch(`https://api.launchdarkly.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'api-9b849552-51b7-4854-ae59-5548100ab89d',
    },
  });
  return res.json();
}
