export async function load(path) {
  const res = await fetch(`https://api.linode.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 77247c47ec9066c0e1ca143d833372a9b212b0708fdbc6f20a3a6804029dee15',
    },
  });
  return res.json();
}
