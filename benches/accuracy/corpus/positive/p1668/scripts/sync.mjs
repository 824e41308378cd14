export async function load(path) {
  const res = await fetch(`https://api.generic.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer DzwcrQtSZhwzWSOwUWCsCb2pgksw8oSUXNJriFFH',
    },
  });
  return res.json();
}
