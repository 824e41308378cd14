export async function load(path) {
  const res = await fetch(`https://api.telnyx.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer KEY3C3DFF7EA3E25A2E8EBEFC4E224F67FC_kRszw2OnsFisKba2Dh6UUg',
    },
  });
  return res.json();
}
