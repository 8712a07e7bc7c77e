<?php
// Reads each feed file named on the command line with SimplePie (vendored under
// vendor/simplepie, see README.md) as a PHP portal or importer would, and prints one JSON
// object: for each file, SimplePie's error (null when none), the channel's title and image,
// and each item's id, permalink, dates and enclosures in SimplePie's own order.
//
//     php simplepie_read.php feed1.rss feed2.atom …

declare(strict_types=1);

spl_autoload_register(function (string $class): void {
    $prefix = 'SimplePie\\';
    if (strncmp($class, $prefix, strlen($prefix)) !== 0) {
        return;
    }
    $file = __DIR__ . '/vendor/simplepie/src/'
        . str_replace('\\', '/', substr($class, strlen($prefix))) . '.php';
    if (is_file($file)) {
        require $file;
    }
});

function read_feed(string $path): array
{
    $feed = new \SimplePie\SimplePie();
    $feed->enable_cache(false);
    $feed->set_raw_data((string) file_get_contents($path));
    $feed->init();
    $error = $feed->error();
    $items = [];
    foreach ($feed->get_items() as $item) {
        $enclosures = [];
        foreach ($item->get_enclosures() ?? [] as $enclosure) {
            $enclosures[] = [
                'link' => $enclosure->get_link(),
                'type' => $enclosure->get_type(),
                'length' => $enclosure->get_length(),
                'medium' => $enclosure->get_medium(),
            ];
        }
        $items[] = [
            // No hash of the content in place of a missing id: a missing one is reported.
            'id' => $item->get_id(false, false),
            'title' => $item->get_title(),
            'permalink' => $item->get_permalink(),
            'date' => $item->get_date('c'),
            'updated' => $item->get_updated_date('c'),
            'enclosures' => $enclosures,
        ];
    }
    return [
        'error' => $error ? (is_array($error) ? implode('; ', $error) : $error) : null,
        'type' => $feed->get_type(),
        'title' => $feed->get_title(),
        'image' => $feed->get_image_url(),
        'items' => $items,
    ];
}

$result = [];
foreach (array_slice($argv, 1) as $path) {
    $result[$path] = read_feed($path);
}
echo json_encode($result, JSON_PRETTY_PRINT | JSON_UNESCAPED_SLASHES | JSON_UNESCAPED_UNICODE), "\n";
