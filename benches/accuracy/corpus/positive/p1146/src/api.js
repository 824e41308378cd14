export async function load(path) {
  const res = await fetch(`https://api.newrelic.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Api-Key': 'NRAK-3RL99WMDSMNHNVQ0LFZMLRUE4V2',
    },
  });
  return res.json();
}
