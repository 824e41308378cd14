export async function load(path) {
  const res = await fetch(`https://api.sendgrid.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 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',
    },
  });
  return res.json();
}
