export async function load(path) {
  const res = await fetch(`https://api.lichess.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer lip_DzRgFFcxBlm4AQlB7DFO',
    },
  });
  return res.json();
}
