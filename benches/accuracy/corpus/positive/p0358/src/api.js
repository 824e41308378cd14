export async function load(path) {
  const res = await fetch(`https://api.consul.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-Consul-Token': '6fb751de-7b24-4cb3-b4d4-fb0a228a32da',
    },
  });
  return res.json();
}
