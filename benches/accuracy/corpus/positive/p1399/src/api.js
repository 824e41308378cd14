export async function load(path) {
  const res = await fetch(`https://api.haveibeenpwned.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'hibp-api-key': 'e745c9b75a709898ac99befd306e4d42',
    },
  });
  return res.json();
}
