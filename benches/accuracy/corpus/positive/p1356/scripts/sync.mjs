export async function load(path) {
  const res = await fetch(`https://api.bannerbear.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer bb_pr_bf8d3a78af03832a6d17be608f823b',
    },
  });
  return res.json();
}
