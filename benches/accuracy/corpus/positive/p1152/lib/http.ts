export async function load(path) {
  const res = await fetch(`https://api.newrelic.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-Insert-Key': 'NRII-Op5fVtv0S8odhO_eqnArqVWVcOSBZiGC',
    },
  });
  return res.json();
}
