package dev.assay.quality.contamination;

import java.util.List;

/**
 * Training rows written for the tests: instructions that leak no benchmark item, some on the same
 * topics as MT-Bench and AlpacaEval (travel writing, emails, math, code, history) so that topic
 * alone must not flag them.
 */
final class UnrelatedRows {
  private UnrelatedRows() {}

  static final List<String> ROWS =
      List.of(
          "Write a short poem about autumn leaves falling in a quiet park.",
          "Summarize the plot of a heist movie in three sentences without naming it.",
          "What is the boiling point of water at the top of a 3000 metre mountain?",
          "Give me a packing list for a weekend camping trip in early spring.",
          "Translate 'good morning, how are you' into Spanish and French.",
          "Write a Python function that returns the median of a list of numbers.",
          "Explain the difference between TCP and UDP to a new network engineer.",
          "Draft a polite note to a neighbour asking them to trim their hedge.",
          "How many minutes are there in a leap year?",
          "Suggest five names for a bakery that specialises in sourdough.",
          "Describe how a bicycle derailleur shifts between gears.",
          "Write a haiku about a cat watching rain through a window.",
          "What are the main causes of inflation according to mainstream economists?",
          "Create a SQL query that lists customers who ordered more than twice in March.",
          "Explain photosynthesis to a ten year old using a kitchen analogy.",
          "Plan a three day itinerary for a first visit to Lisbon on a budget.",
          "Write a cover letter opening paragraph for a junior data analyst role.",
          "Compare the climates of Norway and New Zealand in a short table.",
          "What is the time complexity of binary search and why?",
          "Rewrite this sentence in the passive voice: the committee approved the budget.",
          "List the planets of the solar system ordered by their distance from the sun.",
          "Give three tips for keeping houseplants alive during a dry winter.",
          "Write a JavaScript snippet that debounces a search input.",
          "Why do onions make people cry when they are cut?",
          "Draft an agenda for a thirty minute weekly team meeting.",
          "Explain what a p-value means without using the word probability.",
          "Write a limerick about a forgetful robot who loses its keys.",
          "How do I convert Celsius to Fahrenheit in my head quickly?",
          "Describe the rules of chess castling in plain language.",
          "Propose a weekly workout plan for a beginner with no equipment.",
          "Write a travel blog paragraph about a rainy afternoon in a small Scottish town.",
          "Compose an email to a landlord reporting a leaking kitchen tap.",
          "Solve for x: 3x plus 7 equals 25, and show each step.",
          "Implement a stack in Java using an array that grows when full.",
          "Who built the first practical steam engine and what was it used for?",
          "Explain the main ideas of stoicism in under one hundred words.",
          "Role-play as a museum guide introducing a painting of a stormy harbour.",
          "Extract every date mentioned in this memo and list them in ISO format.",
          "What causes the seasons on Earth? Answer for a high school student.",
          "Write a product description for a reusable steel water bottle.",
          "Give me a recipe for a vegetarian lentil soup that serves four.",
          "How does a hash map handle two keys that land in the same bucket?",
          "Write a motivational message for a friend starting a new job on Monday.",
          "What were the economic effects of the printing press in Europe?",
          "Generate ten interview questions for a customer support position.",
          "Explain recursion using the example of Russian nesting dolls.",
          "Describe the water cycle as a short story told by a raindrop.",
          "Estimate how many piano tuners work in a city of one million people.",
          "Write a regular expression that matches a UK postcode.",
          "Outline a persuasive essay arguing for longer school lunch breaks.",
          "What is the difference between weather and climate?",
          "Write a thank-you note to a teacher at the end of the school year.",
          "Explain how vaccines train the immune system, in four sentences.",
          "Create a riddle whose answer is the moon.",
          "Recommend three board games for a family with young children.",
          "How should I store fresh herbs so they last longer in the fridge?",
          "Describe the architecture of a simple REST API for a todo list.",
          "Write dialogue between a barista and a customer who cannot decide.",
          "Why is the sky darker on a moonless night in the countryside than in a city?",
          "Give a step by step guide to changing a flat tyre on a car.");
}
