export async function load(path) {
  const res = await fetch(`https://api.huggingface.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'Authorization': 'Bearer hf_F8YnPK8hoMbW8dZ5NtJU6UBqsBpajpfhJ2',
    },
  });
  return res.json();
}
