export async function load(path) {
  const res = await fetch(`https://api.perplexity.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 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',
    },
  });
  return res.json();
}
