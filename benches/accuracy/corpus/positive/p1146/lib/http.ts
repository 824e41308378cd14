export async function load(path) {
  const res = await fetch(`https://api.newrelic.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Api-Key': 'NRAK-CH5ZCR0GB0KAZLKNA27NMWEP4Z9',
    },
  });
  return res.json();
}
