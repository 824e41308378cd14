export async function load(path) {
  const res = await fetch(`https://api.lokalise.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-Api-Token': 'cf7fe8b12859e38cdced17ef794410174b269428',
    },
  });
  return res.json();
}
