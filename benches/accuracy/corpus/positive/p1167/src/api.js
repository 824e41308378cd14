export async function load(path) {
  const res = await fetch(`https://api.splunk.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Splunk 2c931b09-7e62-47b9-9e89-6382b9ee1455',
    },
  });
  return res.json();
}
