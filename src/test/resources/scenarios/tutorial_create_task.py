# Tutorial, first example in spirit: two coroutines started with create_task overlap;
# main awaits the tasks one after the other and prints both results.
import asyncio

async def download_report():
    print("Downloading report...")
    await asyncio.sleep(3)
    print("Report downloaded")
    return {"pages": 12, "title": "Quarterly"}

async def resize_images():
    print("Resizing images...")
    await asyncio.sleep(1.5)
    print("Images resized")
    return "4 images"

async def main():
    report_task = asyncio.create_task(download_report())
    images_task = asyncio.create_task(resize_images())

    report = await report_task
    images = await images_task

    print(f"Report: {report}")
    print(f"Images: {images}")

asyncio.run(main())
