export async function load(path) {
  const res = await fetch(`https://api.finicity.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Finicity-App-Key': '9f003aef74e949fac52e7cf7bf2ea817',
    },
  });
  return res.json();
}
