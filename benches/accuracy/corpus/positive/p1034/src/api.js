export async function load(path) {
  const res = await fetch(`https://api.adafruitio.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-AIO-Key': 'aio_ulMWAUirqN4vlzrGgxYyaGyMgisU',
    },
  });
  return res.json();
}
