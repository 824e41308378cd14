export async function load(path) {
  const res = await fetch(`https://api.foursquare.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'fsq3jAMGsmSGWVvsxEVWMBmmbGQAIwkLz4X_ZROTG3k9',
    },
  });
  return res.json();
}
