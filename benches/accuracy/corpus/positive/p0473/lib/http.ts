export async function load(path) {
  const res = await fetch(`https://api.gitea.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'token 495b172eb6fdfb26b542f8feec57023c1ad78d03',
    },
  });
  return res.json();
}
