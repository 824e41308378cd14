export async function load(path) {
  const res = await fetch(`https://api.abuseipdb.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Key': '35676bb645750cec55feb334460ef480d8ecdaaf6e00e811ba1cdf444c9dbb102e185fad4cb085da',
    },
  });
  return res.json();
}
