export async function load(path) {
  const res = await fetch(`https://api.rapidapi.com/v1/${path}`, {
    headers: {
      'Content-Type': 'application/json',
      'X-RapidAPI-Key': '79ok52s3gmpuil4j70ok7g9sp1c39u11p4wq9q9tfwyqb1nzzc',
    },
  });
  return res.json();
}
