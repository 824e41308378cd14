export async function load(path) {
  const res = await fetch(`https://api.wise.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer 9cc9124b-d23d-4051-a2f8-58afbb87b8a3',
    },
  });
  return res.json();
}
