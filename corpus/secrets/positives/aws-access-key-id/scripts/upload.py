import boto3

s3 = boto3.client("s3", region_name="eu-west-1", aws_access_key_id="AKIABOPPWKM5Q3DRQHDM")
s3.upload_file("report.csv", "corp-reports", "daily/report.csv")
