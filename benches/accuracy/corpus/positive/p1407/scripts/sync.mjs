export async function load(path) {
  const res = await fetch(`https://api.bitly.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 303fbff6c35db747a9542b2e4cd3cafc472833cb',
    },
  });
  return res.json();
}
