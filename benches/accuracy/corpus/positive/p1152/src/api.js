export async function load(path) {
  const res = await fetch(`https://api.newrelic.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-Insert-Key': 'NRII-UxIaozzpn4UJmUXC9Sw5COiDH07kIcUi',
    },
  });
  return res.json();
}
